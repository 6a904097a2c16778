for a in (True, False):
    for b in (True, False):
        if a:
            if b:
                print(a, b, 'both')
            else:
                print(a, b, 'only a')
        else:
            if b:
                print(a, b, 'only b')
            else:
                print(a, b, 'neither')
