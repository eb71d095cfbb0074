import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { paths } from '../../paths';

export function NotFoundPage() {
  return (
    <>
      <title>Page not found · SOC Review</title>
      <EmptyState
        title="Page not found"
        message="There is nothing at this address. It may have been mistyped, or the link is out of date."
        action={<Link to={paths.reviews()}>Go to reviews</Link>}
      />
    </>
  );
}
