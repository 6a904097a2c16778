def scale(n):
    return (n if n else 1) // 0


scale(3)
