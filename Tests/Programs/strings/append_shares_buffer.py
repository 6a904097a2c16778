# Strings built by appending share one growing buffer in Adder; every str must still behave as
# an immutable value: earlier strings keep their text, branches from one prefix stay apart.
s = ''
snapshots = []
for i in range(300):
    s += chr(97 + i % 26)
    if i % 50 == 0:
        snapshots.append(s)
print([len(x) for x in snapshots], snapshots[1][-3:], snapshots[-1][:5])
base = 'q' * 200
left = base + 'LEFT'
right = base + 'RIGHT'
again = base + 'LEFT'
print(left[-4:], right[-5:], left == again, left is again, len(base), base[-1])
doubled = s + s
print(len(doubled), doubled[299:302], doubled == s * 2)
grown = left
for word in ['é', 'x', '\U0001F600', 'z' * 100]:
    grown += word
print(len(grown), grown[204:208], grown.count('z'), grown.find('\U0001F600'), grown[-1])
print(left + 'X' == base + 'LEFTX', hash(left + 'X') == hash(base + 'LEFTX'))
counts = {}
key = 'k' * 150
for suffix in ['a', 'b', 'a', 'c', 'a']:
    counts[key + suffix] = counts.get(key + suffix, 0) + 1
print(sorted(counts.values()), [k[-1] for k in counts])
parts = []
text = ''
for i in range(2000):
    text += str(i % 10)
    if i % 400 == 399:
        parts.append(text)
print([p[-3:] for p in parts], text[1234], text[-1], len(text), text.isdigit())
words = ('w' * 130 + ' ') * 3
words += 'end'
print(words.split()[-1], len(words.split()), words.upper()[-3:], repr(words[-5:]))
