-- The municipality's own minimibelopp settings in its fee models (R-15, docs/fees.md): an own
-- minimibelopp per month (whole kronor, in öre; used where higher than the national one) and
-- the age below which the under-65 uplift applies (65 unless the municipality chose another).
alter table fee_models
  add column own_minimibelopp_single_ore bigint,
  add column own_minimibelopp_cohabiting_ore bigint,
  add column uplift_under_age int not null default 65,
  add constraint fee_models_own_minimibelopp_both
    check ((own_minimibelopp_single_ore is null) = (own_minimibelopp_cohabiting_ore is null)),
  add constraint fee_models_own_minimibelopp_kronor
    check (own_minimibelopp_single_ore % 100 = 0 and own_minimibelopp_cohabiting_ore % 100 = 0
           and own_minimibelopp_single_ore >= 0 and own_minimibelopp_cohabiting_ore >= 0),
  add constraint fee_models_uplift_under_age check (uplift_under_age between 18 and 67);
