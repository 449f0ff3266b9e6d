"""The password of every user the tests and benchmarks create: headquarters refuses one
shorter than 12 characters or on its list of common passwords."""

PASSWORD = "amber lantern over Turkana"
