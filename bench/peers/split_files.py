"""Reads the split files `npm run eval -- --write-splits <dir>` writes; writes predictions."""

import json
from pathlib import Path


def read_manifest(splits_dir: Path) -> dict:
    return json.loads((splits_dir / "splits.json").read_text())


def read_ratings(path: Path) -> list[tuple[str, str, float]]:
    """`userId<TAB>movieId<TAB>rating` lines, in file order."""
    rows = []
    with path.open() as lines:
        for line in lines:
            user, item, rating = line.rstrip("\n").split("\t")
            rows.append((user, item, float(rating)))
    return rows


def write_lines(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{line}\n" for line in lines))


def slug(name: str) -> str:
    """A folder name per model: "surprise SVD++" → "surprise-svdpp" (apart from SVD's)."""
    return "".join(c if c.isalnum() else "-" for c in name.lower().replace("+", "p")).strip("-")
