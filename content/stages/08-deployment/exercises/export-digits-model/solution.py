import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from stepwise.export import to_onnx


def export_digit_classifier(images: np.ndarray, labels: np.ndarray, path: str) -> bytes:
    """Fit a classifier on 8x8 digit images and export it to ONNX for serving.

    images: (n, 8, 8) pixel values from 0 to 16; labels: (n,) digits.
    The exported model must take raw pixel rows, float32 [N, 64], named "input",
    and answer with "label" and "probabilities". Write the file to `path`, name the
    graph "digits", and return the file's bytes.
    """
    # An endpoint receives one flat row per image, so the model learns from that layout:
    # (n, 8, 8) -> (n, 64), the pixels of each image read row by row.
    rows = images.reshape(len(images), -1)

    # The scaler is a step of the pipeline, so it travels inside the ONNX file: clients send
    # raw pixels and never need to know the training set's means and standard deviations.
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    model.fit(rows, labels)

    # to_onnx reads the number of features (64) and the classes from the fitted pipeline,
    # writes the file and returns the same bytes.
    return to_onnx(model, path, name="digits")
