// Routes of the map-editing pages; App.tsx places them.
export function mapEditingRoutes() {
  return <></>;
}
