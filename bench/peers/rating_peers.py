"""scikit-surprise on the ratings protocols: a predicted rating for every test row, in order.

Library defaults throughout (as in Surprise's own benchmark), except KNNBaseline, which gets the
item-based pearson_baseline similarity Surprise's documentation recommends for it: it is the
strongest neighbourhood set-up Surprise offers, so the comparison is with its best.
"""

from surprise import SVD, BaselineOnly, Dataset, KNNBaseline, Reader, SVDpp
from surprise.model_selection import PredefinedKFold


def rating_models(seed: int) -> dict:
    return {
        "surprise BaselineOnly": lambda: BaselineOnly(verbose=False),
        "surprise SVD": lambda: SVD(random_state=seed),
        "surprise SVD++": lambda: SVDpp(random_state=seed, cache_ratings=True),
        "surprise KNNBaseline": lambda: KNNBaseline(
            sim_options={"name": "pearson_baseline", "user_based": False}, verbose=False
        ),
    }


def surprise_trainset(train_file, test_file, rating_scale):
    reader = Reader(line_format="user item rating", sep="\t", rating_scale=rating_scale)
    folds = Dataset.load_from_folds([(str(train_file), str(test_file))], reader)
    trainset, _ = next(PredefinedKFold().split(folds))
    return trainset


def predict_rows(model, test_rows) -> list[str]:
    return [f"{user}\t{item}\t{model.predict(user, item).est:.6f}" for user, item, _ in test_rows]
