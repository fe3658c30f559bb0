import type { IntroPath } from '../../../../shared/domain/insights';
import type { CoreContext } from '../../coreContext';
import { DomainError } from '../../domainError';
import { knownWorld } from './graphCache';
import { searchIntroPaths } from './pathSearch';

/** The warmest paths of at most three hops from the user to a person; [] when none. */
export function introPaths(ctx: CoreContext, targetId: string, limit: number): IntroPath[] {
  const { graph, yours } = knownWorld(ctx, ctx.clock());
  if (!graph.names.has(targetId)) {
    const archived = ctx.db.sqlite.prepare('SELECT 1 FROM people WHERE id = ?').get(targetId);
    throw new DomainError(
      'not_found',
      archived ? 'This person is archived; restore them to find a way to them.' : 'No such person.',
    );
  }
  return searchIntroPaths(graph, yours, targetId, limit);
}
