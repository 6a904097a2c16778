print('never runs')
s = """this string
never ends
