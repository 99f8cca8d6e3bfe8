"""The Redis frontier's scheduler (see spiders.frontier for the design): scrapy-redis's
scheduler, subclassed, with each taken request kept in Redis until the engine is done with it.

Settings: those of scrapy-redis (REDIS_URL, SCHEDULER_QUEUE_KEY, SCHEDULER_DUPEFILTER_KEY,
SCHEDULER_PERSIST) and ours, NEWSBRIEF_WORKER, NEWSBRIEF_FRONTIER_IDLE, NEWSBRIEF_FRONTIER_TTL,
NEWSBRIEF_FRONTIER_SEED (spiders.frontier.frontier_settings builds them all).
"""

from __future__ import annotations

import logging
import math
import time

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy_redis.scheduler import Scheduler

from spiders.frontier import HEARTBEAT_TTL, PREFIX, new_worker_id

logger = logging.getLogger(__name__)

__all__ = ["FrontierScheduler"]

# Move the first request of the queue (sorted set) into the worker's in-flight hash.
_TAKE = """
local item = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #item == 0 then return false end
redis.call('ZREM', KEYS[1], item[1])
redis.call('HSET', KEYS[2], item[1], item[2])
return item[1]
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
        self._take = self.server.register_script(_TAKE)
        self._enqueue = self.server.register_script(_ENQUEUE)
        self._requeue = self.server.register_script(_REQUEUE)
        self._mine: dict[Request, bytes] = {}
        self._last_reclaim = 0.0
        self._beat()
        self.server.sadd(self.workers_key, self.worker)
        super().open(spider)
        self._reclaim(force=True)
        if self.seed and not self._busy():
            self.df.clear()  # a new round: what the last round fetched may be fetched again
            logger.info("frontier %s: new round for %s", self.queue.key, spider.name)
        self._last_busy = time.monotonic()

    def close(self, reason: str) -> None:
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
        self._beat()
        self._ack_finished()
        data = self._take(keys=[self.queue.key, self.inflight_key])
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
        self.server.set(self.alive_key, b"1", px=int(self.ttl * 1000))

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
            if worker == self.worker or self.server.exists(f"{PREFIX}:alive:{worker}"):
                continue
            count = self._requeue(keys=[self.queue.key, f"{prefix}:{worker}"])
            self.server.srem(self.workers_key, worker)
            if count:
                logger.warning(
                    "frontier: worker %s is gone; %d of its requests back on the queue",
                    worker,
                    count,
                )
                if self.stats:
                    self.stats.inc_value("newsbrief/frontier_reclaimed", count)
