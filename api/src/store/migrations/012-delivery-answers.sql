-- The first bytes of a receiver's answer are kept apart from the error in words, so that the
-- delivery log shows them to admins only (an internal service's answer is not a manager's to
-- read). Errors stored before carried them as `HTTP 500 Internal Server Error: <answer>`, with
-- `; gave up after N attempts` after them when it came to that: split them the same way.
ALTER TABLE notify_attempts ADD COLUMN answer TEXT;
ALTER TABLE notify_deliveries ADD COLUMN last_answer TEXT;

UPDATE notify_attempts
SET answer = substr(error, instr(error, ': ') + 2),
    error = substr(error, 1, instr(error, ': ') - 1)
WHERE error GLOB 'HTTP [0-9][0-9][0-9]*: *';
UPDATE notify_attempts
SET error = error || substr(answer, instr(answer, '; gave up after ')),
    answer = substr(answer, 1, instr(answer, '; gave up after ') - 1)
WHERE instr(answer, '; gave up after ') > 0;

UPDATE notify_deliveries
SET last_answer = substr(last_error, instr(last_error, ': ') + 2),
    last_error = substr(last_error, 1, instr(last_error, ': ') - 1)
WHERE last_error GLOB 'HTTP [0-9][0-9][0-9]*: *';
UPDATE notify_deliveries
SET last_error = last_error || substr(last_answer, instr(last_answer, '; gave up after ')),
    last_answer = substr(last_answer, 1, instr(last_answer, '; gave up after ') - 1)
WHERE instr(last_answer, '; gave up after ') > 0;
