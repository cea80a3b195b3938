import { describeWithSharedData, useMovieLensSmall } from '../support/catalogues';
import { describePlaygroundExamples } from '../support/playground-examples';

describePlaygroundExamples('ml-latest-small', useMovieLensSmall, describeWithSharedData);
