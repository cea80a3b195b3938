import { hasSharedDatasets, sharedDatasets } from '../../seed/shared-datasets';

/** `describe`, or a skipped one that says why, for suites that need ../shared/datasets. */
export const describeWithSharedData: jest.Describe = hasSharedDatasets
  ? describe
  : (((name: string, body: () => void) =>
      describe.skip(`${name} (skipped: ${sharedDatasets} is absent)`, body)) as jest.Describe);
