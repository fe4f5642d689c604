"""asyncio.to_thread (slotpy has no threads: the function runs in the loop's thread)."""

__all__ = "to_thread",

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) and return its result (synchronously: no threads here)."""
    events.get_running_loop()
    return func(*args, **kwargs)
