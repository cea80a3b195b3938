"""Top-N peers: a top-k list per test user over the movies they did not rate in training.

Hyper-parameters were chosen with `run_peers.py <splits-dir> --tune` on a validation split carved
from ml-latest-small's top-N training file (each user's ratings 75/25, seed + 1), never on the test
file: validation NDCG@10 0.2059 (implicit ALS), 0.1506 (implicit BPR), 0.2155 (cornac EASE),
0.1984 (cornac BPR).
"""

import numpy as np
from scipy.sparse import csr_matrix

SETTINGS = {
    "implicit ALS": {"factors": 32, "regularization": 20.0, "alpha": 5.0, "iterations": 15},
    "implicit BPR": {
        "factors": 64,
        "learning_rate": 0.005,
        "regularization": 0.01,
        "iterations": 100,
    },
    "cornac EASE": {"lamb": 300, "posB": False},
    "cornac BPR": {"k": 100, "max_iter": 1000, "learning_rate": 0.05, "lambda_reg": 0.01},
}


class Interactions:
    """Training ratings as a binary user × item matrix, with raw ids both ways."""

    def __init__(self, rows):
        self.users = sorted({user for user, _, _ in rows})
        self.items = sorted({item for _, item, _ in rows})
        self.user_index = {user: n for n, user in enumerate(self.users)}
        self.item_index = {item: n for n, item in enumerate(self.items)}
        u = np.fromiter((self.user_index[user] for user, _, _ in rows), dtype=np.int32)
        i = np.fromiter((self.item_index[item] for _, item, _ in rows), dtype=np.int32)
        self.matrix = csr_matrix(
            (np.ones(len(rows), dtype=np.float32), (u, i)), shape=(len(self.users), len(self.items))
        )
        self.matrix.sum_duplicates()
        self.matrix.data[:] = 1.0


def top_k_excluding(scores: np.ndarray, seen: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k best scores, best first; `seen` indices left out; ties to the lower index."""
    scores = scores.astype(np.float64, copy=True)
    scores[seen] = -np.inf
    order = np.lexsort((np.arange(len(scores)), -scores))
    return order[:k][np.isfinite(scores[order[:k]])]


def fit_implicit(name: str, x: Interactions, seed: int):
    from implicit.als import AlternatingLeastSquares
    from implicit.bpr import BayesianPersonalizedRanking

    settings = SETTINGS[name]
    if name == "implicit ALS":
        model = AlternatingLeastSquares(**settings, random_state=seed, num_threads=1)
    else:
        model = BayesianPersonalizedRanking(**settings, random_state=seed, num_threads=1)
    model.fit(x.matrix, show_progress=False)

    def rank(users: list[str], k: int) -> dict[str, list[str]]:
        known = [user for user in users if user in x.user_index]
        rows = np.array([x.user_index[user] for user in known], dtype=np.int32)
        ids, _ = model.recommend(rows, x.matrix[rows], N=k, filter_already_liked_items=True)
        return {user: [x.items[i] for i in ids[n] if i >= 0] for n, user in enumerate(known)}

    return rank


def fit_cornac(name: str, x: Interactions, seed: int):
    import cornac

    rows = [(x.users[u], x.items[i], 1.0) for u, i in zip(*x.matrix.nonzero())]
    train_set = cornac.data.Dataset.build(rows, seed=seed)
    make = {"cornac EASE": cornac.models.EASE, "cornac BPR": cornac.models.BPR}[name]
    model = make(**SETTINGS[name], verbose=False, seed=seed)
    model.fit(train_set)
    items = list(train_set.iid_map.keys())

    def rank(users: list[str], k: int) -> dict[str, list[str]]:
        lists = {}
        for user in users:
            u = train_set.uid_map.get(user)
            if u is None:
                continue
            seen = train_set.matrix[u].indices
            scores = np.asarray(model.score(u)).ravel()
            lists[user] = [items[i] for i in top_k_excluding(scores, seen, k)]
        return lists

    return rank


def fit_surprise_svd(trainset, seed: int):
    """Surprise SVD ranking every unrated movie by its predicted rating (unclipped)."""
    from surprise import SVD

    model = SVD(random_state=seed).fit(trainset)
    items = [trainset.to_raw_iid(i) for i in range(trainset.n_items)]
    item_part = model.bi + trainset.global_mean

    def rank(users: list[str], k: int) -> dict[str, list[str]]:
        lists = {}
        for user in users:
            try:
                u = trainset.to_inner_uid(user)
            except ValueError:
                continue
            scores = item_part + model.bu[u] + model.qi @ model.pu[u]
            seen = np.array([i for i, _ in trainset.ur[u]], dtype=np.int64)
            lists[user] = [items[i] for i in top_k_excluding(scores, seen, k)]
        return lists

    return rank
