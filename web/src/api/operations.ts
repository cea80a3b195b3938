import { operation } from './operation';

// Fragments are plain strings spliced into the documents that use them.
const MOVIE_CARD = /* GraphQL */ `
  fragment MovieCard on Movie {
    id
    displayTitle
    year
    genres {
      name
    }
  }
`;

const MOVIE_REF = /* GraphQL */ `
  fragment MovieRef on Movie {
    id
    displayTitle
  }
`;

const RECOMMENDATION = /* GraphQL */ `
  fragment RecommendationCard on Recommendation {
    predictedRating
    movie {
      ...MovieCard
    }
    reasons {
      __typename
      text
      weight
      path {
        via
        node {
          kind
          id
          label
        }
      }
      ... on BecauseYouLiked {
        anchor {
          ...MovieRef
        }
      }
      ... on SharedPerson {
        role
        person {
          id
          name
        }
        anchor {
          ...MovieRef
        }
      }
      ... on SharedKeyword {
        keywords
        anchor {
          ...MovieRef
        }
      }
      ... on SharedGenre {
        genres {
          name
        }
        anchor {
          ...MovieRef
        }
      }
      ... on SimilarUsers {
        count
        fansOf {
          ...MovieRef
        }
      }
      ... on Popular {
        ratingCount
      }
    }
  }
  ${MOVIE_CARD}
  ${MOVIE_REF}
`;

export interface MovieCard {
  id: string;
  displayTitle: string;
  year: number | null;
  genres: { name: string }[];
}

export interface MovieRef {
  id: string;
  displayTitle: string;
}

export type PathNodeKind = 'YOU' | 'MOVIE' | 'PERSON' | 'GENRE' | 'KEYWORD' | 'USERS';

/** One step of the path behind a reason, as the API draws it from the graph. */
export interface PathStep {
  /** The relation leading into this node; null for the first. */
  via: string | null;
  node: { kind: PathNodeKind; id: string | null; label: string };
}

export type Reason = { text: string; weight: number; path: PathStep[] } & (
  | { __typename: 'BecauseYouLiked'; anchor: MovieRef }
  | {
      __typename: 'SharedPerson';
      role: 'DIRECTOR' | 'ACTOR';
      person: { id: string; name: string };
      anchor: MovieRef;
    }
  | { __typename: 'SharedKeyword'; keywords: string[]; anchor: MovieRef }
  | { __typename: 'SharedGenre'; genres: { name: string }[]; anchor: MovieRef }
  | { __typename: 'SimilarUsers'; count: number; fansOf: MovieRef | null }
  | { __typename: 'Popular'; ratingCount: number }
  | { __typename: 'TasteProfile' }
);

export interface Recommendation {
  predictedRating: number;
  movie: MovieCard;
  reasons: Reason[];
}

export interface Services {
  providers: string[];
  region: string | null;
}

export interface Viewer {
  id: string;
  displayName: string;
  ratingCount: number;
  services: Services;
}

const VIEWER = /* GraphQL */ `
  fragment Viewer on User {
    id
    displayName
    ratingCount
    services {
      providers
      region
    }
  }
`;

export const SIGN_UP = operation<
  { signUp: { token: string; user: Viewer } },
  { name: string; email: string; password: string }
>(/* GraphQL */ `
  mutation SignUp($name: String!, $email: String!, $password: String!) {
    signUp(name: $name, email: $email, password: $password) {
      token
      user {
        ...Viewer
      }
    }
  }
  ${VIEWER}
`);

export const SIGN_IN = operation<
  { signIn: { token: string; user: Viewer } },
  { email: string; password: string }
>(/* GraphQL */ `
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      token
      user {
        ...Viewer
      }
    }
  }
  ${VIEWER}
`);

export const ME = operation<{ me: Viewer | null }>(/* GraphQL */ `
  query Me {
    me {
      ...Viewer
    }
  }
  ${VIEWER}
`);

export const HOME = operation<
  {
    recommendations: Recommendation[];
    becauseYouLiked: { anchor: MovieRef; items: Recommendation[] }[];
  },
  { first: number; rows: number; perRow: number; filter: { onMyServices: boolean } | null }
>(/* GraphQL */ `
  query Home($first: Int!, $rows: Int!, $perRow: Int!, $filter: RecommendationFilter) {
    recommendations(first: $first, filter: $filter) {
      ...RecommendationCard
    }
    becauseYouLiked(rows: $rows, perRow: $perRow, filter: $filter) {
      anchor {
        ...MovieRef
      }
      items {
        ...RecommendationCard
      }
    }
  }
  ${RECOMMENDATION}
`);

export const STARTER_GRID = operation<
  { movies: { edges: { node: MovieCard }[] } },
  { first: number }
>(/* GraphQL */ `
  query StarterGrid($first: Int!) {
    movies(first: $first, orderBy: POPULARITY) {
      edges {
        node {
          ...MovieCard
        }
      }
    }
  }
  ${MOVIE_CARD}
`);

export interface PersonHit {
  id: string;
  name: string;
}

export const SEARCH = operation<
  {
    movies: { totalCount: number; edges: { node: MovieCard }[] };
    people: { totalCount: number; edges: { node: PersonHit }[] };
  },
  { text: string; first: number }
>(/* GraphQL */ `
  query Search($text: String!, $first: Int!) {
    movies(filter: { search: $text }, first: $first) {
      totalCount
      edges {
        node {
          ...MovieCard
        }
      }
    }
    people(search: $text, first: 8) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
  ${MOVIE_CARD}
`);

export interface MovieDetails extends MovieCard {
  title: string;
  imdbId: number | null;
  tmdbId: number | null;
  keywords: string[];
  directors: PersonHit[];
  cast: PersonHit[];
  ratingStats: { count: number; average: number | null };
  myRating: number | null;
  dismissed: boolean;
  availability: { provider: string; region: string }[];
}

export const MOVIE_PAGE = operation<
  { movie: MovieDetails; similarMovies: Recommendation[] },
  { id: string }
>(/* GraphQL */ `
  query MoviePage($id: ID!) {
    movie(id: $id) {
      ...MovieCard
      title
      imdbId
      tmdbId
      keywords
      directors {
        id
        name
      }
      cast(first: 12) {
        id
        name
      }
      ratingStats {
        count
        average
      }
      myRating
      dismissed
      availability {
        provider
        region
      }
    }
    similarMovies(movieId: $id, first: 12) {
      ...RecommendationCard
    }
  }
  ${RECOMMENDATION}
`);

export const PERSON_PAGE = operation<
  { person: { id: string; name: string; directed: MovieCard[]; actedIn: MovieCard[] } },
  { id: string }
>(/* GraphQL */ `
  query PersonPage($id: ID!) {
    person(id: $id) {
      id
      name
      directed {
        ...MovieCard
      }
      actedIn {
        ...MovieCard
      }
    }
  }
  ${MOVIE_CARD}
`);

export interface MyRating {
  value: number;
  ratedAt: string;
  movie: MovieCard;
}

export const MY_RATINGS = operation<
  {
    me: {
      ratings: {
        totalCount: number;
        edges: { node: MyRating }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } | null;
  },
  { first: number; after: string | null }
>(/* GraphQL */ `
  query MyRatings($first: Int!, $after: String) {
    me {
      ratings(first: $first, after: $after) {
        totalCount
        edges {
          node {
            value
            ratedAt
            movie {
              ...MovieCard
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
  ${MOVIE_CARD}
`);

export const RATE_MOVIE = operation<
  { rateMovie: { value: number } },
  { movieId: string; rating: number }
>(/* GraphQL */ `
  mutation RateMovie($movieId: ID!, $rating: Float!) {
    rateMovie(movieId: $movieId, rating: $rating) {
      value
    }
  }
`);

export const REMOVE_RATING = operation<{ removeRating: boolean }, { movieId: string }>(
  /* GraphQL */ `
    mutation RemoveRating($movieId: ID!) {
      removeRating(movieId: $movieId)
    }
  `,
);

export const DISMISS_MOVIE = operation<{ dismissMovie: boolean }, { movieId: string }>(
  /* GraphQL */ `
    mutation DismissMovie($movieId: ID!) {
      dismissMovie(movieId: $movieId)
    }
  `,
);

export const UNDISMISS_MOVIE = operation<{ undismissMovie: boolean }, { movieId: string }>(
  /* GraphQL */ `
    mutation UndismissMovie($movieId: ID!) {
      undismissMovie(movieId: $movieId)
    }
  `,
);

export interface Provider {
  name: string;
  regions: string[];
}

export const PROVIDERS = operation<{ providers: Provider[] }>(/* GraphQL */ `
  query Providers {
    providers {
      name
      regions
    }
  }
`);

export const SET_MY_SERVICES = operation<
  { setMyServices: Services },
  { providers: string[]; region: string }
>(/* GraphQL */ `
  mutation SetMyServices($providers: [String!]!, $region: String!) {
    setMyServices(providers: $providers, region: $region) {
      providers
      region
    }
  }
`);
