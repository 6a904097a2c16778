print('this must not be printed')
async def fetch():
    return 1
