require "rails_helper"

RSpec.describe Order do
  it "refuses a negative total" do
    expect(Order.new(total: -1)).not_to be_valid
  end
end
