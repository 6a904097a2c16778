def halves(values):
    print(len(values))
    return [v // 2 for v in values if v + "" == ""]


halves([4, 2])
