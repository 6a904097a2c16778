print("start")
raise 42
