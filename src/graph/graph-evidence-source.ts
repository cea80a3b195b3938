import {
  EvidenceSource,
  GraphEvidence,
  NEIGHBOUR_COUNT,
  UserEvidenceQuery,
} from '../recommend/evidence';
import { RecommendRepository } from './recommend-repository';

/** Graph evidence read live from Neo4j by `cypher/recommend/*.cypher`. */
export class GraphEvidenceSource implements EvidenceSource {
  constructor(private readonly repository: RecommendRepository) {}

  userEvidence({
    userId,
    anchorIds,
    candidateIds,
    likedRating,
  }: UserEvidenceQuery): Promise<GraphEvidence[]> {
    if (candidateIds.length === 0) return Promise.resolve([]);
    return this.repository.userEvidence(
      userId ?? '',
      anchorIds,
      { candidateIds, likedRating },
      NEIGHBOUR_COUNT,
    );
  }

  movieEvidence(
    movieId: string,
    candidateIds: string[],
    likedRating: number,
  ): Promise<GraphEvidence[]> {
    if (candidateIds.length === 0) return Promise.resolve([]);
    return this.repository.movieEvidence(movieId, { candidateIds, likedRating });
  }
}
