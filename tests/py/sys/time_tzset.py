# time.tzset() with TZ set by the program: timezone/altzone/daylight/tzname from this year's
# January and July (zones that once used DST but no longer do report none), local times
import os
import time

for tz in ['UTC', 'Asia/Kolkata', 'Europe/Moscow', 'America/Sao_Paulo', 'Australia/Sydney',
           'America/New_York', 'Asia/Tokyo', 'Europe/Berlin']:
    os.environ['TZ'] = tz
    time.tzset()
    lt = time.localtime(1000000000)
    print(tz, time.tzname, time.timezone, time.altzone, time.daylight,
          lt.tm_hour, lt.tm_isdst, lt.tm_zone, lt.tm_gmtoff, time.mktime(lt))
try:
    time.tzset(1)
except TypeError as e:
    print(e)
