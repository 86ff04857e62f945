-- Version 2: "recently changed" lists read the history by time.
CREATE INDEX history_stamp ON history (stamp);
