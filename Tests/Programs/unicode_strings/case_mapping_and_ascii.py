# Final sigma in lower/swapcase/capitalize/title, special casings, and ascii()/%a/!a escapes.
print('ǅ'.title(), 'ß'.upper(), 'İ'.lower(), 'ΑΣ'.lower(), 'ΑΣ Σ'.lower(), 'ΑΣΑ'.lower(), 'Σ'.lower(), 'AΣ.'.lower(), "A'Σ".lower(), 'ΑΣ\u0301'.lower(), 'ΑΣ\u0301Α'.lower())
print(ascii('é'), ascii('\u1234\U0001F600x'), '%a' % 'é', f"{'é'!a}", '{!a}'.format('é'), ascii(['é']), '%a' % ['é', 1])
print('ß'.casefold(), 'ǅ'.swapcase(), 'ǆx'.capitalize(), 'ŉ'.upper(), 'ﬁ'.title(), 'ΑΣ'.casefold(), 'ΑΣ'.swapcase(), 'aΣ'.capitalize(), 'ΣΑΣ'.title(), 'ΣΑΣ ΣΑΣ'.title())
print('İx'.capitalize(), 'ß'.title(), 'ß'.capitalize(), 'ﬀ'.upper(), 'ǉ'.title(), 'ǈ'.upper(), 'ǈ'.lower())
print("%a" % "x\n", "%5a|" % "é", "%-8a|" % "é", ascii('x\x7f\x80\xff\u0100\uffff\U00010000'), ascii(1.5), ascii(('é', None)))
