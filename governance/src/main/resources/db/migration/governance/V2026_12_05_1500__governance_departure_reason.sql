-- "BREACH_OF_COMMITMENTS" is longer than the column first allowed.
ALTER TABLE governance.departure ALTER COLUMN reason TYPE varchar(30);
