d = {k: 1 / k for k in [0]}
