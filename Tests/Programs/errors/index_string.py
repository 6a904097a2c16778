def char_at(s, i):
    return s[i]
print(char_at('hey', 0))
print(char_at('hey', 10))
