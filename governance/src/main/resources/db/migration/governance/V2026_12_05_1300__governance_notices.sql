-- E-mail notices as an outbox. A notice is recorded in the transaction that makes the change it tells of (the same
-- transaction that records an outcome, opens a proposal or changes a delegation), under a key that names what it tells
-- and to whom ("outcome:<proposal>:<organisation>"): a second recording of the same notice, by a second instance or a
-- retried job, inserts nothing. It is sent after that transaction commits, and sent_at says when; a transaction that
-- rolls back leaves no notice to send. A failed send is tried again later (attempts, next_attempt_at).
ALTER TABLE governance.notice_sent
    ALTER COLUMN sent_at DROP NOT NULL,
    ADD COLUMN topic           varchar(30)   NOT NULL,
    ADD COLUMN organisation    varchar(100)  NOT NULL,
    ADD COLUMN recipients      varchar(4000) NOT NULL,  -- the organisation's notice addresses when it was recorded
    ADD COLUMN subject         varchar(500)  NOT NULL,
    ADD COLUMN body            text          NOT NULL,
    ADD COLUMN recorded_at     timestamptz   NOT NULL,
    ADD COLUMN attempts        integer       NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at timestamptz,
    ADD COLUMN last_error      varchar(500);
-- what the sender reads: the notices not sent yet, oldest first
CREATE INDEX notice_unsent ON governance.notice_sent (recorded_at) WHERE sent_at IS NULL;
