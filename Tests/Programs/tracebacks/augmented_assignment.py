counts = [1]
counts[0] += 1
counts[0] += "a"   
