def caesar(s, k):
    out = []
    for ch in s:
        if 'a' <= ch <= 'z':
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif 'A' <= ch <= 'Z':
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return ''.join(out)
msg = 'Hello, World! xyz'
enc = caesar(msg, 3)
print(enc, caesar(enc, -3))
def is_palindrome(s):
    cleaned = ''.join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]
for s in ['A man, a plan, a canal: Panama', 'hello', '', 'No lemon, no melon']:
    print(repr(s), is_palindrome(s))
def rle(s):
    if not s:
        return ''
    out = []
    prev = s[0]
    n = 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(f'{n}{prev}')
            prev, n = c, 1
    out.append(f'{n}{prev}')
    return ''.join(out)
print(rle('aaabccddddde'), rle('x'), repr(rle('')))
print(' '.join(w[::-1] for w in 'reverse each word'.split()))
vowels = sum(1 for c in 'programming language' if c in 'aeiou')
print(vowels)
