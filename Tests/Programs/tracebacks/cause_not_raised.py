raise ValueError("outer") from KeyError("never raised")
