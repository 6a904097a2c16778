def report(e):
    return "error: " + e

def run():
    try:
        [1, 2, 3][10]
    except IndexError as e:
        print(report(e))

run()
