import { badInput } from '../../errors';
import { MovieFilter as FilterRecord, TitleRanking } from '../../graph/catalogue-repository';
import { titleMatch } from '../common/title-match';
import { prefixQuery } from '../common/lucene';
import { Context } from '../context';
import { MovieRecord } from '../../graph/records';
import { checkGenreYearFilter } from '../common/filter-checks';
import { ConnectionShape, pageRequest, toConnection } from '../common/pagination';
import { MovieFilter, MovieOrder, MoviesArgs } from './movie.args';

/** Checks a movie filter against the catalogue and turns it into repository parameters. */
async function movieQuery(
  filter: MovieFilter | undefined,
  orderBy: MovieOrder | undefined,
  { repositories }: Context,
): Promise<{ filter: FilterRecord; orderBy: MovieOrder; ranking: TitleRanking }> {
  const search = prefixQuery(filter?.search, 'filter.search');
  const { yearFrom = null, yearTo = null, genres = null, personId = null } = filter ?? {};
  if (orderBy === MovieOrder.RELEVANCE && search === null) {
    throw badInput('orderBy', 'RELEVANCE ranks title matches, so it needs filter.search');
  }
  await checkGenreYearFilter(filter, repositories.catalogue);
  return {
    filter: { search, genres, yearFrom, yearTo, personId },
    orderBy: orderBy ?? (search === null ? MovieOrder.TITLE : MovieOrder.RELEVANCE),
    ranking: titleMatch(filter?.search) ?? { exactTitles: [], titlePrefix: null },
  };
}

/** One page of movies for `Query.movies` and `Genre.movies`, priming the movie loader. */
export async function findMoviePage(
  { filter, orderBy, first, after }: MoviesArgs,
  context: Context,
  path = '',
): Promise<ConnectionShape<MovieRecord>> {
  const request = pageRequest(first, after, path);
  const query = await movieQuery(filter, orderBy, context);
  const page = await context.repositories.catalogue.findMovies(
    query.filter,
    query.orderBy,
    query.ranking,
    request,
  );
  for (const movie of page.items) context.loaders.movie.prime(movie.id, movie);
  return toConnection(page, request, (movie) => movie.id);
}
