"""Trains peer libraries on reelgraph's split files and writes their predictions.

    .data/peers-venv/bin/python bench/peers/run_peers.py <splits-dir> [--tune ["implicit ALS" …]]

<splits-dir> is what `npm run eval -- <dataset> --write-splits <dir>` writes (splits.json and a
train/test TSV per fold). Predictions go to <splits-dir>/peers/: per model and fold, the predicted
rating of every test row (ratings protocols) or a top-k list per test user (topn), plus
results.json with each fit's CPU seconds. `npm run eval` scores them with its own metric code.
Prints `plan N` and then `done <model> <fold>` per fit, for the eval's progress bar.
--tune scores the top-N settings (of the named models, or all) on a validation split carved from
the first training file; the test file is not read.
"""

import importlib.metadata
import json
import sys
import time
from pathlib import Path

from split_files import read_manifest, read_ratings, slug, write_lines

MISSING_PACKAGES = 3
RANKING_PEERS = 5
LIBRARIES = ["scikit-surprise", "implicit", "cornac", "numpy", "scipy"]


def require_packages() -> None:
    for module in ["surprise", "implicit", "cornac"]:
        try:
            __import__(module)
        except ImportError:
            print(f"the Python package {module} is not installed", file=sys.stderr)
            sys.exit(MISSING_PACKAGES)


def cpu_seconds(fit):
    """The fit's result and its CPU time (every peer runs single-threaded)."""
    start = time.process_time()
    result = fit()
    return result, time.process_time() - start


def run_rating_peers(splits_dir: Path, manifest: dict) -> list[dict]:
    from rating_peers import predict_rows, rating_models, surprise_trainset

    models = rating_models(manifest["seed"])
    scale = (manifest["ratingScale"]["min"], manifest["ratingScale"]["max"])
    print(f"plan {len(models) * len(manifest['folds'])}", flush=True)
    results = {name: {"name": name, "predictions": "ratings", "folds": []} for name in models}
    for fold in manifest["folds"]:
        test_rows = read_ratings(splits_dir / fold["test"])
        trainset = surprise_trainset(splits_dir / fold["train"], splits_dir / fold["test"], scale)
        for name, make in models.items():
            model, seconds = cpu_seconds(lambda: make().fit(trainset))
            file = Path("peers") / slug(name) / f"{fold['name']}.tsv"
            write_lines(splits_dir / file, predict_rows(model, test_rows))
            results[name]["folds"].append(
                {"fold": fold["name"], "file": str(file), "trainSeconds": seconds}
            )
            print(f"done {name} {fold['name']}", flush=True)
    return list(results.values())


def ranking_fitters(train_rows, seed: int, train_file: Path, scale) -> dict:
    from ranking_peers import Interactions, fit_cornac, fit_implicit, fit_surprise_svd
    from rating_peers import surprise_trainset

    x = Interactions(train_rows)
    return {
        "implicit ALS": lambda: fit_implicit("implicit ALS", x, seed),
        "implicit BPR": lambda: fit_implicit("implicit BPR", x, seed),
        "cornac EASE": lambda: fit_cornac("cornac EASE", x, seed),
        "cornac BPR": lambda: fit_cornac("cornac BPR", x, seed),
        "surprise SVD": lambda: fit_surprise_svd(
            surprise_trainset(train_file, train_file, scale), seed
        ),
    }


def run_ranking_peers(splits_dir: Path, manifest: dict) -> list[dict]:
    seed, k = manifest["seed"], manifest["k"]
    scale = (manifest["ratingScale"]["min"], manifest["ratingScale"]["max"])
    results: dict[str, dict] = {}
    print(f"plan {RANKING_PEERS * len(manifest['folds'])}", flush=True)
    for fold in manifest["folds"]:
        train_file = splits_dir / fold["train"]
        users = sorted({user for user, _, _ in read_ratings(splits_dir / fold["test"])})
        fitters = ranking_fitters(read_ratings(train_file), seed, train_file, scale)
        for name, fit in fitters.items():
            rank, seconds = cpu_seconds(fit)
            lists = rank(users, k)
            file = Path("peers") / slug(name) / f"{fold['name']}.tsv"
            write_lines(splits_dir / file, [f"{u}\t{','.join(items)}" for u, items in lists.items()])
            entry = results.setdefault(name, {"name": name, "predictions": "top-n", "folds": []})
            entry["folds"].append({"fold": fold["name"], "file": str(file), "trainSeconds": seconds})
            print(f"done {name} {fold['name']}", flush=True)
    return list(results.values())


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    require_packages()
    splits_dir = Path(argv[1])
    manifest = read_manifest(splits_dir)
    if "--tune" in argv:
        from tune_peers import tune

        tune(splits_dir, manifest, [arg for arg in argv[2:] if arg != "--tune"])
        return
    if manifest["protocol"] == "topn":
        models = run_ranking_peers(splits_dir, manifest)
    else:
        models = run_rating_peers(splits_dir, manifest)
    libraries = {name: importlib.metadata.version(name) for name in LIBRARIES}
    (splits_dir / "peers" / "results.json").write_text(
        json.dumps({"libraries": libraries, "models": models}, indent=2) + "\n"
    )


if __name__ == "__main__":
    main(sys.argv)
