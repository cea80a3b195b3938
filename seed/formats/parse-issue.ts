/** A row that was skipped: `line` is the 1-based physical line in `file`. */
export interface ParseIssue {
  file: string;
  line: number;
  reason: string;
}

export type OnIssue = (issue: ParseIssue) => void;
