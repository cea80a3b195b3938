import type { EvalReport } from './run-eval';
import { RANKING_METRICS, RATING_METRICS, type MetricName } from '../recommend/evaluation/scores';

/** The JSON `--json` writes: metrics each model has, keyed by model name. */
export interface EvalJson {
  dataset: string;
  protocol: string;
  folds: number;
  seed: number;
  served: string;
  models: Record<string, Partial<Record<MetricName, number>>>;
}

const ORDER: readonly MetricName[] = [...RATING_METRICS, ...RANKING_METRICS, 'trainSeconds'];

const round = (value: number): number => Number(value.toFixed(6));

export function toJson(report: EvalReport): EvalJson {
  return {
    dataset: report.dataset,
    protocol: report.protocol,
    folds: report.folds,
    seed: report.seed,
    served: report.served,
    models: Object.fromEntries(
      report.models.map(({ name, scores }) => [
        name,
        Object.fromEntries(
          ORDER.filter((metric) => scores[metric] !== undefined).map((metric) => [
            metric,
            round(scores[metric]!),
          ]),
        ),
      ]),
    ),
  };
}

const HEADINGS: Record<MetricName, string> = {
  rmse: 'RMSE',
  mae: 'MAE',
  'precision@10': 'P@10',
  'recall@10': 'R@10',
  'ndcg@10': 'NDCG@10',
  'map@10': 'MAP@10',
  map: 'MAP',
  coverage: 'coverage',
  meanPopularityRank: 'pop. rank',
  'fidelity@10': 'fidelity@10',
  'specificity@10': 'specificity@10',
  trainSeconds: 'train s',
};

function cell(metric: MetricName, value: number | undefined): string {
  if (value === undefined) return '—';
  if (metric === 'meanPopularityRank') return value.toFixed(0);
  if (metric === 'trainSeconds') return value.toFixed(2);
  return value.toFixed(4);
}

/** A Markdown table (readable as is on a terminal), the served model marked, peers after ours. */
export function formatTable(report: EvalReport): string {
  const metrics = ORDER.filter((metric) =>
    report.models.some((m) => m.scores[metric] !== undefined),
  );
  const rows = report.models.map((model) => [
    model.name === report.served
      ? `**${model.name}** (served)`
      : model.peer
        ? `${model.name} (peer)`
        : model.name,
    ...metrics.map((metric) => cell(metric, model.scores[metric])),
  ]);
  const header = ['model', ...metrics.map((metric) => HEADINGS[metric])];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (row: string[]) =>
    `| ${row.map((text, column) => (column === 0 ? text.padEnd(widths[column]) : text.padStart(widths[column]))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  const split = report.protocol === 'topn' ? 'per-user 75/25 split' : `${report.folds} folds`;
  const title = `${report.dataset} · protocol ${report.protocol} · ${split} · seed ${report.seed} · ${report.wallSeconds.toFixed(0)} s`;
  return [title, '', line(header), rule, ...rows.map(line)].join('\n');
}
