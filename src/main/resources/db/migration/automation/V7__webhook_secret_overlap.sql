-- After a rotation the secret it replaced stays valid for a while: calls in that window carry a
-- signature with each, so receivers can change over without failing any call.
alter table webhook_secret add column previous_secret text;
alter table webhook_secret add column previous_until timestamptz;
