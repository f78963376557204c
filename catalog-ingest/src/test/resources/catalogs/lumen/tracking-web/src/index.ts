export const trackingPage = () => "Where is my parcel?";
