import { useDemoCatalogue } from '../support/catalogues';
import { describePlaygroundExamples } from '../support/playground-examples';

describePlaygroundExamples('the demo catalogue', useDemoCatalogue);
