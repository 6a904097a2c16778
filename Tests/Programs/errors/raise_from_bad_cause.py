print("start")
raise ValueError("x") from 3
