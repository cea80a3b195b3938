import { PathEvidence, PathQuery, PathSource } from '../recommend/evidence';
import { RecommendRepository } from './recommend-repository';

/** The paths behind reasons, read live from Neo4j (`cypher/recommend/graph-paths.cypher`). */
export class GraphPathSource implements PathSource {
  constructor(private readonly repository: RecommendRepository) {}

  paths(query: PathQuery): Promise<PathEvidence[]> {
    return query.candidateIds.length === 0 ? Promise.resolve([]) : this.repository.paths(query);
  }
}
