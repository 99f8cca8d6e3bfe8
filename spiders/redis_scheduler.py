"""The Redis frontier's scheduler (see spiders.frontier for the design): scrapy-redis's
scheduler, subclassed, with each taken request kept in Redis until the engine is done with it.

Settings: those of scrapy-redis (REDIS_URL, SCHEDULER_QUEUE_KEY, SCHEDULER_DUPEFILTER_KEY,
SCHEDULER_PERSIST) and ours, NEWSBRIEF_WORKER, NEWSBRIEF_FRONTIER_IDLE, NEWSBRIEF_FRONTIER_TTL,
NEWSBRIEF_FRONTIER_SEED (spiders.frontier.frontier_settings builds them all).
"""

from __future__ import annotations

import logging
import math
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from redis.exceptions import RedisError
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy_redis.scheduler import Scheduler  # type: ignore[import-untyped]

from spiders.frontier import HEARTBEAT_TTL, PREFIX, new_worker_id

if TYPE_CHECKING:
    from twisted.internet.task import LoopingCall

logger = logging.getLogger(__name__)

__all__ = ["FrontierScheduler"]

# A heartbeat: the worker alive for ARGV[2] ms and (again) one of the frontier's workers. Only
# the workers of that set are watched: a worker taken for dead (silent longer than its
# heartbeat, then back: a paused process, a reactor blocked) was dropped from it, and what it
# took afterwards sat in an in-flight hash nobody requeued when it was killed (the kill -9
# test stored 490 of 500). Returns 1 when the worker had been dropped.
_BEAT = """
redis.call('SET', KEYS[1], '1', 'PX', ARGV[2])
return redis.call('SADD', KEYS[2], ARGV[1])
"""
# A heartbeat, then the first request of the queue (sorted set) moved into the worker's
# in-flight hash: a request is never taken into the hash of a worker outside the set.
# Returns {dropped, request} ({dropped} when the queue is empty).
_TAKE = """
redis.call('SET', KEYS[3], '1', 'PX', ARGV[2])
local dropped = redis.call('SADD', KEYS[4], ARGV[1])
local item = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #item == 0 then return {dropped} end
redis.call('ZREM', KEYS[1], item[1])
redis.call('HSET', KEYS[2], item[1], item[2])
return {dropped, item[1]}
"""
# Mark a request's fingerprint seen and queue it, as one step: a worker killed between the
# duplicate filter's SADD and the queue's ZADD left a URL seen that no queue held, lost to
# every worker. Returns 1 when queued, 0 when it was seen already.
_ENQUEUE = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""
# Put every request of an in-flight hash back on the queue, and drop the hash.
_REQUEUE = """
local items = redis.call('HGETALL', KEYS[2])
for i = 1, #items, 2 do redis.call('ZADD', KEYS[1], items[i + 1], items[i]) end
redis.call('DEL', KEYS[2])
return #items / 2
"""
# A dead worker's requests back on the queue and the worker out of the set, unless its heartbeat
# lives (-1): the look and the requeue one step, so that a worker coming back between them
# never has a request it just took requeued, nor is dropped after it joined again.
_RECLAIM = """
if redis.call('EXISTS', KEYS[1]) == 1 then return -1 end
local items = redis.call('HGETALL', KEYS[3])
for i = 1, #items, 2 do redis.call('ZADD', KEYS[2], items[i + 1], items[i]) end
redis.call('DEL', KEYS[3])
redis.call('SREM', KEYS[4], ARGV[1])
return #items / 2
"""


class FrontierScheduler(Scheduler):  # type: ignore[misc]
    """scrapy-redis's scheduler with in-flight requests kept in Redis until done, heartbeats,
    recovery of a dead worker's requests, and a stop once the whole frontier is drained."""

    crawler: Crawler
    spider: Spider

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FrontierScheduler:
        scheduler: FrontierScheduler = super().from_crawler(crawler)
        settings = crawler.settings
        scheduler.crawler = crawler
        scheduler.worker = settings.get("NEWSBRIEF_WORKER") or new_worker_id()
        scheduler.idle = settings.getfloat("NEWSBRIEF_FRONTIER_IDLE")
        scheduler.ttl = settings.getfloat("NEWSBRIEF_FRONTIER_TTL", HEARTBEAT_TTL)
        scheduler.seed = settings.getbool("NEWSBRIEF_FRONTIER_SEED")
        return scheduler

    def open(self, spider: Spider) -> None:
        prefix = f"{PREFIX}:{spider.name}"
        self.inflight_key = f"{prefix}:inflight:{self.worker}"
        self.workers_key = f"{prefix}:workers"
        self.alive_key = f"{PREFIX}:alive:{self.worker}"
        self._beat_script = self.server.register_script(_BEAT)
        self._take = self.server.register_script(_TAKE)
        self._enqueue = self.server.register_script(_ENQUEUE)
        self._requeue = self.server.register_script(_REQUEUE)
        self._reclaim_script = self.server.register_script(_RECLAIM)
        self._mine: dict[Request, bytes] = {}
        self._last_reclaim = 0.0
        self._joined = False
        self._beat()
        self._beats = _heartbeats(self._beat_on_time, self.ttl / 3)
        super().open(spider)
        self._reclaim(force=True)
        if self.seed and not self._busy():
            self.df.clear()  # a new round: what the last round fetched may be fetched again
            logger.info("frontier %s: new round for %s", self.queue.key, spider.name)
        self._last_busy = time.monotonic()

    def close(self, reason: str) -> None:
        if self._beats is not None and self._beats.running:
            self._beats.stop()
        self._ack_finished()
        if self._mine:  # stopped with requests unfinished: back on the queue for the others
            self._requeue(keys=[self.queue.key, self.inflight_key])
            self._mine.clear()
        self.server.delete(self.inflight_key)
        self.server.srem(self.workers_key, self.worker)
        self.server.delete(self.alive_key)
        super().close(reason)

    def enqueue_request(self, request: Request) -> bool:
        """scrapy-redis's (its duplicate filter's fingerprint, its queue's encoding and score),
        with the seen-mark and the push one Redis script (`_ENQUEUE`); counting without the
        `spider` argument Scrapy deprecated."""
        if request.dont_filter:
            self.queue.push(request)
        else:
            fingerprint = self.df.request_fingerprint(request)
            data = self.queue._encode_request(request)
            keys, args = [self.df.key, self.queue.key], [fingerprint, -request.priority, data]
            if not self._enqueue(keys=keys, args=args):
                self.df.log(request, self.spider)
                if self.stats:
                    self.stats.inc_value("dupefilter/filtered")
                return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Request | None:
        self._ack_finished()
        data = self._take_next()
        if not data:
            self._reclaim()
            return None
        request: Request = self.queue._decode_request(data)
        self._mine[request] = data
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def has_pending_requests(self) -> bool:
        """True while the frontier has work (queued, or held by a live worker), and for
        `idle` seconds after it last had some (a worker waits for the seeds, and runs on with
        `idle` infinite)."""
        if self._busy():
            self._last_busy = time.monotonic()
            return True
        return math.isinf(self.idle) or time.monotonic() - self._last_busy < self.idle

    def _busy(self) -> bool:
        if len(self.queue) > 0 or self._mine:
            return True
        self._reclaim()
        workers = [w.decode() for w in self.server.smembers(self.workers_key)]
        prefix = self.inflight_key.rsplit(":", 1)[0]
        return len(self.queue) > 0 or any(self.server.hlen(f"{prefix}:{w}") for w in workers)

    def _beat(self) -> None:
        """Alive for `ttl` seconds more, and one of the frontier's workers (again)."""
        keys = [self.alive_key, self.workers_key]
        self._rejoined(self._beat_script(keys=keys, args=[self.worker, self._ttl_ms()]))

    def _beat_on_time(self) -> None:
        """The timer's heartbeat: a Redis that does not answer is said, and the timer goes on
        (the engine's next request fails on it)."""
        try:
            self._beat()
        except RedisError as exc:
            logger.warning("frontier %s: heartbeat failed: %s", self.queue.key, exc)

    def _take_next(self) -> bytes | None:
        """A heartbeat, and the next request of the queue moved into this worker's in-flight
        hash (its encoded bytes), or None when the queue is empty."""
        keys = [self.queue.key, self.inflight_key, self.alive_key, self.workers_key]
        dropped, *data = self._take(keys=keys, args=[self.worker, self._ttl_ms()])
        self._rejoined(dropped)
        return bytes(data[0]) if data else None

    def _ttl_ms(self) -> int:
        return max(1, int(self.ttl * 1000))

    def _rejoined(self, dropped: int) -> None:
        if dropped and self._joined:
            logger.warning(
                "frontier: worker %s was taken for dead (silent over %g s) and is back; the "
                "requests it held were put back on the queue and may be fetched twice",
                self.worker,
                self.ttl,
            )
        self._joined = True

    def _ack_finished(self) -> None:
        """Drop from the in-flight hash the requests the engine is done with."""
        if not self._mine:
            return
        slot = getattr(self.crawler.engine, "_slot", None)
        inprogress = getattr(slot, "inprogress", None)
        if inprogress is None:  # the engine is gone (closing): nothing of ours is running
            inprogress = set()
        done = [r for r in self._mine if r not in inprogress]
        if done:
            self.server.hdel(self.inflight_key, *(self._mine.pop(r) for r in done))

    def _reclaim(self, *, force: bool = False) -> None:
        """Requeue the in-flight requests of workers whose heartbeat has lapsed."""
        now = time.monotonic()
        if not force and now - self._last_reclaim < 1.0:
            return
        self._last_reclaim = now
        prefix = self.inflight_key.rsplit(":", 1)[0]
        for raw in self.server.smembers(self.workers_key):
            worker = raw.decode()
            if worker == self.worker:
                continue
            keys = [f"{PREFIX}:alive:{worker}", self.queue.key, f"{prefix}:{worker}"]
            count = self._reclaim_script(keys=[*keys, self.workers_key], args=[worker])
            if count > 0:
                logger.warning(
                    "frontier: worker %s is gone; %d of its requests back on the queue",
                    worker,
                    count,
                )
                if self.stats:
                    self.stats.inc_value("newsbrief/frontier_reclaimed", count)


def _heartbeats(beat: Callable[[], None], interval: float) -> LoopingCall | None:
    """A timer calling `beat` every `interval` seconds in the crawl's running reactor, or None
    where none runs (a scheduler opened by a unit test; no reactor is installed here). The
    engine asks the scheduler for a request only when it has room for one, and at least every
    5 s: a worker whose downloads all waited on a slow site (or idle, under a heartbeat below
    5 s) went silent and was taken for dead while it worked."""
    reactor = sys.modules.get("twisted.internet.reactor")
    if reactor is None or not getattr(reactor, "running", False):
        return None
    from twisted.internet.task import LoopingCall

    timer = LoopingCall(beat)
    timer.start(interval, now=False).addErrback(
        lambda failure: logger.error("frontier heartbeat stopped: %s", failure.value)
    )
    return timer
