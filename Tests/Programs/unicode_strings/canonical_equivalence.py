# Python compares str by code point: canonically equivalent spellings are different strings.
decomposed = 'e\u0301'
composed = '\u00e9'
print(decomposed == composed, decomposed != composed, decomposed < composed, decomposed > composed)
print('\u2126' == '\u03a9', '\u00c5' == 'A\u030a', '\u212b' == '\u00c5', 'K' == '\u212a')
d = {decomposed: 1, composed: 2, '\u2126': 3, '\u03a9': 4}
print(len(d), d[decomposed], d[composed], d['\u2126'], d['\u03a9'])
print(list(d.keys()) == [decomposed, composed, '\u2126', '\u03a9'])
print(composed in d, 'A\u030a' in d)
word = 'caf' + decomposed + ' caf' + composed
print(composed in decomposed, decomposed in composed, composed in word, decomposed in word)
print(word.find(composed), word.find(decomposed), word.rfind(decomposed), word.index(composed))
print(word.count(composed), word.count(decomposed), word.count('e'))
print(word.replace(composed, '[C]'), word.replace(decomposed, '[D]'))
print(word.startswith('caf' + composed), word.endswith(composed), word.endswith(decomposed))
print(word.split(composed), word.split(decomposed), word.partition(composed))
print(word.removesuffix(decomposed) == word, word.removeprefix('caf' + decomposed))
print(sorted([composed, 'f', decomposed, 'e', '\u03a9', '\u2126']) == ['e', decomposed, 'f', composed, '\u03a9', '\u2126'])
print(min(composed, decomposed) == decomposed, max(composed, decomposed) == composed)
print(min([composed, decomposed]) == decomposed, max('A\u030a', '\u00c5') == '\u00c5')
print(len(decomposed), len(composed), len(word), len('\U0001F468\u200d\U0001F469'))
print(decomposed[0], decomposed[-1] == '\u0301', decomposed[1:] == '\u0301', decomposed[::-1] == '\u0301e')
print([ord(c) for c in decomposed], list(word[3:5]) == ['e', '\u0301'])
print(ascii(decomposed), ascii(composed), repr(decomposed) == "'" + decomposed + "'")
names = {}
for spelling in [composed, decomposed, composed, decomposed + '']:
    names[spelling] = names.get(spelling, 0) + 1
print(sorted(names.values()))
print(decomposed.upper() == 'E\u0301', composed.upper() == '\u00c9', decomposed.isalpha(), composed.isalpha())
