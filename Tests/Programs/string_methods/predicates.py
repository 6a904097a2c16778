for s in ['123', 'abc', 'a1', '', '   ', ' a ', 'ABC', 'Abc', '12.5', '\t\n', 'Hello World', 'hello']:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle())
