"""Breast-cancer classifier: the seed pipeline of "Introduction to Kubeflow for MLOps", in KFP v2.

get_data -> train_model (XGBoost) -> eval_model (accuracy, ROC curve, confusion matrix, and the
pipeline's own `deploy` decision against a threshold).

The seed's last step, deploying to a Vertex endpoint under `dsl.Condition(deploy == "true")`, is
not here: kfp-action reads `eval-model`'s `deploy` output after the run, applies the metric gates
of kfp-action.yaml, and promotes the model through GitHub Environments (see README.md).

Compile: kfp-action compile examples/breast-cancer/pipeline.py
"""

from typing import NamedTuple

from kfp import dsl
from kfp.dsl import ClassificationMetrics, Dataset, Input, Metrics, Model, Output

BASE_IMAGE = "python:3.11"
# Same pins as the repository's requirements.txt (a test checks that they agree).
SKLEARN = "scikit-learn==1.9.1"
PANDAS = "pandas==3.1.1"
XGBOOST = "xgboost-cpu==3.2.0"


@dsl.component(base_image=BASE_IMAGE, packages_to_install=[SKLEARN, PANDAS])
def get_data(
    test_size: float,
    seed: int,
    train_data: Output[Dataset],
    test_data: Output[Dataset],
):
    """Splits scikit-learn's bundled breast-cancer data set (569 rows, 30 features)."""
    from sklearn.datasets import load_breast_cancer
    from sklearn.model_selection import train_test_split

    frame = load_breast_cancer(as_frame=True).frame
    train, test = train_test_split(
        frame, test_size=test_size, random_state=seed, stratify=frame["target"]
    )
    train.to_csv(train_data.path, index=False)
    test.to_csv(test_data.path, index=False)
    train_data.metadata["rows"] = len(train)
    test_data.metadata["rows"] = len(test)


@dsl.component(base_image=BASE_IMAGE, packages_to_install=[SKLEARN, PANDAS, XGBOOST])
def train_model(
    train_data: Input[Dataset],
    n_estimators: int,
    max_depth: int,
    learning_rate: float,
    seed: int,
    model: Output[Model],
):
    """Fits an XGBoost classifier; writes model.bst into the model artifact's folder."""
    import os

    import pandas as pd
    from xgboost import XGBClassifier

    data = pd.read_csv(train_data.path)
    features, target = data.drop(columns=["target"]), data["target"]
    classifier = XGBClassifier(
        n_estimators=n_estimators,
        max_depth=max_depth,
        learning_rate=learning_rate,
        random_state=seed,
        n_jobs=1,
    )
    classifier.fit(features, target)
    # A folder with model.bst is what Vertex AI's prebuilt XGBoost serving container loads.
    os.makedirs(model.path, exist_ok=True)
    with open(os.path.join(model.path, "model.bst"), "wb") as f:
        f.write(classifier.get_booster().save_raw(raw_format="ubj"))
    model.metadata["train_score"] = float(classifier.score(features, target))
    model.metadata["framework"] = "xgboost"


@dsl.component(base_image=BASE_IMAGE, packages_to_install=[SKLEARN, PANDAS, XGBOOST])
def eval_model(
    test_data: Input[Dataset],
    model: Input[Model],
    threshold: float,
    metrics: Output[Metrics],
    classification_metrics: Output[ClassificationMetrics],
) -> NamedTuple("Outputs", [("deploy", str)]):
    """Scores the model on the test split; `deploy` is "true" when accuracy reaches threshold."""
    import math
    import os
    from collections import namedtuple

    import pandas as pd
    import xgboost as xgb
    from sklearn.metrics import accuracy_score, confusion_matrix, roc_auc_score, roc_curve

    data = pd.read_csv(test_data.path)
    features, target = data.drop(columns=["target"]), data["target"]
    booster = xgb.Booster()
    booster.load_model(bytearray(open(os.path.join(model.path, "model.bst"), "rb").read()))
    probabilities = booster.predict(xgb.DMatrix(features))
    predictions = (probabilities >= 0.5).astype(int)

    accuracy = float(accuracy_score(target, predictions))
    metrics.log_metric("accuracy", accuracy)
    metrics.log_metric("auc", float(roc_auc_score(target, probabilities)))
    metrics.log_metric("score", accuracy)  # the seed pipeline's name for it

    fpr, tpr, thresholds = roc_curve(target, probabilities)
    # roc_curve's first threshold is +inf, which JSON cannot carry.
    thresholds = [1.0 if math.isinf(t) else float(t) for t in thresholds]
    classification_metrics.log_roc_curve(
        [float(x) for x in fpr], [float(y) for y in tpr], thresholds
    )
    classification_metrics.log_confusion_matrix(
        ["malignant", "benign"], confusion_matrix(target, predictions, labels=[0, 1]).tolist()
    )

    deploy = "true" if accuracy >= threshold else "false"
    return namedtuple("Outputs", ["deploy"])(deploy)


@dsl.pipeline(
    name="breast-cancer-xgboost",
    description="Breast-cancer classifier (XGBoost) with evaluation metrics and a deploy decision.",
)
def breast_cancer_pipeline(
    test_size: float = 0.2,
    seed: int = 42,
    n_estimators: int = 100,
    max_depth: int = 3,
    learning_rate: float = 0.1,
    threshold: float = 0.9,
):
    data = get_data(test_size=test_size, seed=seed)
    data.set_cpu_limit("1").set_memory_limit("2G")
    train = train_model(
        train_data=data.outputs["train_data"],
        n_estimators=n_estimators,
        max_depth=max_depth,
        learning_rate=learning_rate,
        seed=seed,
    )
    train.set_cpu_limit("2").set_memory_limit("4G")
    evaluation = eval_model(
        test_data=data.outputs["test_data"],
        model=train.outputs["model"],
        threshold=threshold,
    )
    evaluation.set_cpu_limit("1").set_memory_limit("2G")
