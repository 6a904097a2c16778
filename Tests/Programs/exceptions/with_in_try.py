try:
    with open("/nonexistent/file.txt") as f:
        print("never")
except FileNotFoundError as e:
    print(type(e).__name__, e)
except OSError as e:
    print("os", e)
