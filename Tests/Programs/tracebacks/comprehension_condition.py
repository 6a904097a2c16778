x = [v for v in [1] if v / 0]
