-- chiproad storage, version 7: the worker that ran a job. `lease_owner` is cleared when a job
-- ends; `worker` keeps who claimed its last attempt (host:pid:id of a server or `chiproad worker`).
ALTER TABLE jobs ADD COLUMN worker text;
