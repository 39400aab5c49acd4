-- The day of the next month on which a month's payment is made (docs/statements.md, "Payment
-- file"); moved back to the banking day before when it is none. 1–28 so every month has it.
alter table municipalities
  add column payment_day int not null default 6,
  add constraint municipalities_payment_day check (payment_day between 1 and 28);
