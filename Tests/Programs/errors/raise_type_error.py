raise TypeError('bad type: ' + repr([1, 'x']))
